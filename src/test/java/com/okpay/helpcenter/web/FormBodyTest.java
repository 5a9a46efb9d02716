package com.okpay.helpcenter.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormBodyTest {

    @Test
    void decodesPercentEscapesPlusSignsAndUtf8Exactly() throws Exception {
        Map<String, String> fields = FormBody.parse(
                "name=%E5%BC%A0%E4%B8%89&message=a+b%0D%0Ac%2B%26&empty=&bare&&x=%F0%9F%98%80".getBytes(StandardCharsets.US_ASCII));
        assertEquals(Map.of("name", "张三", "message", "a b\r\nc+&", "empty", "", "bare", "", "x", "😀"), fields);
        assertEquals(Map.of(), FormBody.parse(new byte[0]));
    }

    @Test
    void anythingThatIsNotFaithfullyReadableIsRefused() {
        for (String body : new String[] {"a=%C3%28", "a=%E6%88", "a=%ED%A0%80", "a=%zz", "a=%4", "a=%", "a=1&a=2",
                "a=%C0%AF"}) {
            assertThrows(FormBody.Unreadable.class, () -> FormBody.parse(body.getBytes(StandardCharsets.US_ASCII)), body);
        }
        assertThrows(FormBody.Unreadable.class, () -> FormBody.parse(new byte[] {'a', '=', (byte) 0xE9}));
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 41; i++) {
            many.append("f").append(i).append("=1&");
        }
        assertThrows(FormBody.Unreadable.class, () -> FormBody.parse(many.toString().getBytes(StandardCharsets.US_ASCII)));
    }
}
