// Contact form enhancements: show the payment details only for topics that ask for them, and
// suggest articles while the subject is typed. The form works fully without this file.
(function () {
  "use strict";
  var form = document.querySelector(".contact-form");
  if (!form) { return; }

  var topic = form.querySelector("#topic");
  var details = form.querySelector("#details");
  if (topic && details) {
    var detailTopics = (details.getAttribute("data-topics") || "").split(" ");
    var sync = function () {
      // without a topic chosen yet, keep the details visible rather than hide a field someone needs
      details.hidden = topic.value !== "" && detailTopics.indexOf(topic.value) < 0;
    };
    topic.addEventListener("change", sync);
    sync();
  }

  var subject = form.querySelector("#subject");
  var box = document.getElementById("subject-suggestions");
  if (!subject || !box || !window.fetch) { return; }
  var list = box.querySelector("ul");
  // the articles suggested here carry this showing's token, so insights can tell whether one
  // answered the question (no message sent within 30 minutes); the token identifies no one
  var formId = form.querySelector("input[name=fid]");
  var marked = function (url) {
    if (!formId || !formId.value) { return url; }
    return url + (url.indexOf("?") < 0 ? "?" : "&") + "fid=" + encodeURIComponent(formId.value);
  };
  var timer = null;
  var latest = 0;

  var textOf = function (html) {
    // snippets may carry highlight markup; show them as plain text
    return new DOMParser().parseFromString(html || "", "text/html").body.textContent || "";
  };

  var show = function (hits) {
    list.textContent = "";
    hits.slice(0, 5).forEach(function (hit) {
      if (!hit || typeof hit.url !== "string" || hit.url.charAt(0) !== "/") { return; }
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = marked(hit.url);
      link.target = "_blank";
      link.rel = "noopener";
      link.textContent = textOf(hit.title);
      item.appendChild(link);
      if (hit.snippet) {
        var snippet = document.createElement("span");
        snippet.className = "snippet";
        snippet.textContent = textOf(hit.snippet);
        item.appendChild(snippet);
      }
      list.appendChild(item);
    });
    box.hidden = list.children.length === 0;
  };

  var lookup = function () {
    var query = subject.value.trim();
    var ticket = ++latest;
    if (query.length < 2) { show([]); return; }
    var url = (subject.getAttribute("data-suggest-url") || "/api/search") + "?mode=hybrid&q=" + encodeURIComponent(query)
      + "&locale=" + encodeURIComponent(subject.getAttribute("data-locale") || "") + "&limit=5";
    fetch(url, { headers: { "Accept": "application/json" }, credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (result) {
        if (ticket === latest) { show(result && Array.isArray(result.hits) ? result.hits : []); }
      })
      .catch(function () { if (ticket === latest) { show([]); } });
  };

  subject.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(lookup, 300);
  });
  if (subject.value.trim().length >= 2) { lookup(); }
})();
