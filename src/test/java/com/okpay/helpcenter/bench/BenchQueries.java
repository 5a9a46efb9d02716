package com.okpay.helpcenter.bench;

import java.util.List;

/** The fixed query mix: what developers would type into a docs site, in both languages. */
final class BenchQueries {
    record Query(String locale, String text) {
    }

    static final List<Query> MIX = List.of(
            new Query("zh-CN", "表单验证"), new Query("zh-CN", "HTTP 缓存"), new Query("zh-CN", "跨域请求"),
            new Query("zh-CN", "内容安全策略"), new Query("zh-CN", "数组排序"), new Query("zh-CN", "异步函数"),
            new Query("zh-CN", "事件监听"), new Query("zh-CN", "网格布局"), new Query("zh-CN", "字符串替换"),
            new Query("zh-CN", "json 解析"), new Query("zh-CN", "yibu hanshu"), new Query("zh-CN", "表單驗證"),
            new Query("zh-CN", "css 动画"), new Query("zh-CN", "正则表达式怎么用"), new Query("zh-CN", "本地存储"),
            new Query("en", "array sort"), new Query("en", "fetch api"), new Query("en", "promise then"),
            new Query("en", "css grid layout"), new Query("en", "add event listener"), new Query("en", "local storage"),
            new Query("en", "regular expression"), new Query("en", "form validation"), new Query("en", "websocket"),
            new Query("en", "flexbox"), new Query("en", "arry map"), new Query("en", "content security policy"),
            new Query("en", "http caching"), new Query("en", "async await"), new Query("en", "how do I draw on a canvas"));

    private BenchQueries() {
    }
}
