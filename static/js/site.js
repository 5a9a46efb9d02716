// Progressive enhancements; every page works without this file.
(function () {
  "use strict";

  var LINK_ICON = '<svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="1em" height="1em">' +
    '<path fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" ' +
    'd="M10 14a5 5 0 0 0 7 0l3-3a5 5 0 0 0-7-7l-1 1M14 10a5 5 0 0 0-7 0l-3 3a5 5 0 0 0 7 7l1-1"/></svg>';

  function headingTitle(heading) {
    var copy = heading.cloneNode(true);
    copy.querySelectorAll(".heading-anchor, .copy-link").forEach(function (n) { n.remove(); });
    return copy.textContent.trim();
  }

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    // http on another host than localhost has no async clipboard: use a hidden field
    return new Promise(function (resolve, reject) {
      var field = document.createElement("textarea");
      field.value = text;
      field.setAttribute("readonly", "");
      field.className = "visually-hidden";
      document.body.appendChild(field);
      field.select();
      var ok = false;
      try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
      field.remove();
      if (ok) { resolve(); } else { reject(new Error("copy refused")); }
    });
  }

  // Each section heading's "#" link becomes a button that copies the section's address.
  function copyLinks() {
    var body = document.querySelector(".article-body[data-copy-label]");
    var status = document.getElementById("copy-status");
    if (!body || !status) {
      return;
    }
    var timer;
    function announce(message) {
      status.textContent = message;
      status.classList.add("visible");
      clearTimeout(timer);
      timer = setTimeout(function () {
        status.classList.remove("visible");
        status.textContent = "";
      }, 4000);
    }
    body.querySelectorAll("h2[id] > .heading-anchor, h3[id] > .heading-anchor").forEach(function (anchor) {
      var heading = anchor.parentElement;
      var button = document.createElement("button");
      button.type = "button";
      button.className = "copy-link";
      button.setAttribute("aria-label", body.getAttribute("data-copy-label").replace("{0}", headingTitle(heading)));
      button.title = button.getAttribute("aria-label");
      button.innerHTML = LINK_ICON;
      button.addEventListener("click", function () {
        var url = location.href.split("#")[0] + "#" + encodeURIComponent(heading.id);
        history.replaceState(null, "", "#" + encodeURIComponent(heading.id));
        copyText(url).then(function () {
          announce(body.getAttribute("data-copied"));
        }, function () {
          announce(body.getAttribute("data-copy-failed"));
        });
      });
      anchor.replaceWith(button);
    });
  }

  // On wide screens the table of contents stays in view; mark the section being read.
  function tocHighlight() {
    var toc = document.querySelector(".toc");
    if (!toc || !("IntersectionObserver" in window) || !window.matchMedia) {
      return;
    }
    var wide = window.matchMedia("(min-width: 60rem)");
    var entries = [];
    toc.querySelectorAll("a[href^='#']").forEach(function (link) {
      var id = link.getAttribute("href").slice(1);
      try { id = decodeURIComponent(id); } catch (e) { /* keep it as written */ }
      var heading = document.getElementById(id);
      if (heading) {
        entries.push({ link: link, heading: heading });
      }
    });
    if (!entries.length) {
      return;
    }
    var current = null;
    function mark(entry) {
      if (entry === current) {
        return;
      }
      if (current) {
        current.link.classList.remove("active");
        current.link.removeAttribute("aria-current");
      }
      current = entry;
      if (entry) {
        entry.link.classList.add("active");
        entry.link.setAttribute("aria-current", "location");
      }
    }
    function update() {
      if (!wide.matches) {
        mark(null);
        return;
      }
      var line = window.innerHeight * 0.3;
      var reading = null;
      entries.forEach(function (entry) {
        if (entry.heading.getBoundingClientRect().top <= line) {
          reading = entry;
        }
      });
      mark(reading || entries[0]);
    }
    // One observer sees a heading cross the reading line (30% from the top), the other sees it
    // leave the screen in a fast scroll; scrollend catches jumps that skip over both.
    var band = new IntersectionObserver(update, { rootMargin: "0px 0px -70% 0px" });
    var screen = new IntersectionObserver(update);
    entries.forEach(function (entry) {
      band.observe(entry.heading);
      screen.observe(entry.heading);
    });
    window.addEventListener("scrollend", update, { passive: true });
    window.addEventListener("hashchange", update);
    if (wide.addEventListener) {
      wide.addEventListener("change", update);
    }
    update();
  }

  // Printed pages show where each link goes; the full address is more use on paper than a path.
  function printableLinks() {
    document.querySelectorAll(".article-body a[href^='/']").forEach(function (link) {
      link.setAttribute("data-print-href", link.href);
    });
  }

  // Back from answering "was this helpful?": take keyboard and screen reader users to the answer.
  function feedbackFocus() {
    var box = document.getElementById("feedback");
    if (box && location.hash === "#feedback" && /[?&]feedback=/.test(location.search)) {
      box.focus();
    }
  }

  function ready() {
    printableLinks();
    feedbackFocus();
    copyLinks();
    tocHighlight();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", ready);
  } else {
    ready();
  }
})();
