// Result and suggestion links carry a marker for insights (sid: the search, fid: the contact
// form); once the page has been counted, take it out of the address bar so a bookmarked or
// shared link is the plain article address.
(function () {
  "use strict";
  if (!window.history || !history.replaceState || !window.URL) { return; }
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
