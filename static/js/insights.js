// Result and suggestion links carry a marker for insights (sid: the search, fid: the contact
// form). A results page is the same bytes for everyone, so the server names this showing's search
// in a Server-Timing entry ("sid") and this script adds it to the result links. Once a page has
// been counted, the marker is taken out of the address bar, so a bookmarked or shared link is the
// plain article address.
(function () {
  "use strict";
  if (!window.URL) { return; }

  function searchId() {
    if (!window.performance || !performance.getEntriesByType) { return null; }
    var navigation = performance.getEntriesByType("navigation")[0];
    var timings = (navigation && navigation.serverTiming) || [];
    for (var i = 0; i < timings.length; i++) {
      if (timings[i].name === "sid" && /^[A-Za-z0-9_-]{8,64}$/.test(timings[i].description)) {
        return timings[i].description;
      }
    }
    return null;
  }

  var sid = searchId();
  if (sid) {
    document.querySelectorAll("[data-sid-links] a[href]").forEach(function (link) {
      var target = new URL(link.getAttribute("href"), window.location.href);
      if (target.origin !== window.location.origin) { return; }
      target.searchParams.set("sid", sid);
      link.setAttribute("href", target.pathname + target.search + target.hash);
    });
  }

  if (!window.history || !history.replaceState) { return; }
  var url = new URL(window.location.href);
  var marked = false;
  ["sid", "fid"].forEach(function (name) {
    if (url.searchParams.has(name)) {
      url.searchParams.delete(name);
      marked = true;
    }
  });
  if (marked) {
    history.replaceState(history.state, "", url.pathname + url.search + url.hash);
  }
})();
