// Suggestions under the header search box while the visitor types: an ARIA 1.2 combobox
// (the input) controlling a listbox of articles. Progressive enhancement: without this script,
// or when the suggestions fail to load, the form still submits to the search page.
(function () {
  "use strict";

  var DELAY_MS = 150;
  var LIMIT = 6;
  // Insights count a query the visitor settled on, not every keystroke: one whose suggestions
  // stayed on screen this long, one a suggestion was opened from, or the one on screen when
  // the visitor leaves the page
  var SETTLE_MS = 1500;
  var input = document.getElementById("site-search");
  if (!input || !input.form || !window.fetch || !window.AbortController) {
    return;
  }
  var form = input.form;
  var endpoint = input.getAttribute("data-suggest-url") || "/api/search";
  var locale = input.getAttribute("data-locale") || "";
  var countText = input.getAttribute("data-suggest-count") || "{0}";
  var noneText = input.getAttribute("data-suggest-none") || "";

  var list = document.createElement("ul");
  list.id = "site-search-suggestions";
  list.className = "suggestions";
  list.setAttribute("role", "listbox");
  list.setAttribute("aria-label", input.getAttribute("data-suggest-label") || "");
  list.hidden = true;
  form.appendChild(list);

  var status = document.createElement("div");
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  form.appendChild(status);

  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", list.id);

  var timer = null;
  var pending = null;
  var hits = [];
  var active = -1;
  var shownFor = null;
  var settleTimer = null;
  var settled = null;
  var searchId = null;
  var leaving = false;

  function expanded() {
    return !list.hidden;
  }

  function show() {
    if (hits.length > 0) {
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
    }
  }

  function hide() {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    select(-1);
  }

  function select(index) {
    var options = list.children;
    for (var i = 0; i < options.length; i++) {
      options[i].setAttribute("aria-selected", i === index ? "true" : "false");
    }
    active = index;
    if (index >= 0) {
      input.setAttribute("aria-activedescendant", options[index].id);
      options[index].scrollIntoView({ block: "nearest" });
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  }

  function option(hit, index) {
    var item = document.createElement("li");
    item.id = list.id + "-" + index;
    item.setAttribute("role", "option");
    item.setAttribute("aria-selected", "false");
    // text only: an option must not contain links or other controls of its own
    var title = document.createElement("span");
    title.className = "suggestion-title";
    title.textContent = hit.title;
    item.appendChild(title);
    if (hit.category) {
      var category = document.createElement("span");
      category.className = "suggestion-category";
      category.textContent = hit.category;
      item.appendChild(category);
    }
    // keep the focus in the input, so the click below still finds the list open
    item.addEventListener("mousedown", function (event) { event.preventDefault(); });
    item.addEventListener("click", function (event) {
      event.preventDefault();
      open(index);
    });
    return item;
  }

  // the settled query is asked once more with a random id: the server counts it (with its honest
  // number of results) once per id, and the id goes along with what the visitor opens next
  function newId() {
    var bytes = new Uint8Array(12);
    window.crypto.getRandomValues(bytes);
    return btoa(String.fromCharCode.apply(null, bytes)).replace(/\+/g, "-").replace(/\//g, "_");
  }

  function settle() {
    clearTimeout(settleTimer);
    if (leaving || shownFor === null || shownFor.trim() === "" || shownFor === settled || !window.crypto) {
      return;
    }
    settled = shownFor;
    searchId = newId();
    fetch(endpoint + "?q=" + encodeURIComponent(shownFor) + "&locale=" + encodeURIComponent(locale) + "&limit=1"
        + "&settled=" + searchId, { keepalive: true, headers: { Accept: "application/json" } })
      .catch(function () { /* offline: nothing to count */ });
  }

  function marked(url) {
    return searchId && settled === shownFor ? url + (url.indexOf("?") < 0 ? "?" : "&") + "sid=" + searchId : url;
  }

  function render(found, typed) {
    hits = found;
    list.textContent = "";
    found.forEach(function (hit, index) { list.appendChild(option(hit, index)); });
    status.textContent = found.length > 0 ? countText.replace("{0}", String(found.length)) : (typed ? noneText : "");
    if (found.length > 0) {
      select(-1);
      show();
    } else {
      hide();
    }
    clearTimeout(settleTimer);
    settleTimer = setTimeout(settle, SETTLE_MS);
  }

  function open(index) {
    settle();
    leaving = true;
    window.location.assign(marked(hits[index].url));
  }

  function suggest() {
    var query = input.value;
    if (query.trim() === "") {
      shownFor = null;
      render([], false);
      return;
    }
    if (query === shownFor) {
      show();
      return;
    }
    if (pending) {
      pending.abort();
    }
    pending = new AbortController();
    var url = endpoint + "?q=" + encodeURIComponent(query) + "&locale=" + encodeURIComponent(locale) + "&limit=" + LIMIT;
    fetch(url, { signal: pending.signal, headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : { hits: [] }; })
      .then(function (data) {
        if (input.value === query) {
          shownFor = query;
          render(Array.isArray(data.hits) ? data.hits : [], true);
        }
      })
      .catch(function () { /* aborted or offline: the form still works */ });
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    clearTimeout(settleTimer);
    timer = setTimeout(suggest, DELAY_MS);
  });

  input.addEventListener("keydown", function (event) {
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        if (!expanded()) {
          show();
          return;
        }
        select(active + 1 < hits.length ? active + 1 : 0);
        break;
      case "ArrowUp":
        event.preventDefault();
        if (expanded()) {
          select(active > 0 ? active - 1 : hits.length - 1);
        }
        break;
      case "Enter":
        if (expanded() && active >= 0) {
          event.preventDefault();
          open(active);
        }
        break;
      case "Escape":
        if (expanded()) {
          event.preventDefault();
          hide();
        } else if (input.value !== "") {
          event.preventDefault();
          input.value = "";
          shownFor = null;
          render([], false);
        }
        break;
      default:
        break;
    }
  });

  input.addEventListener("blur", hide);

  // a submitted search is counted by the results page; one already settled on goes there with
  // its id, so it is not counted twice
  form.addEventListener("submit", function () {
    clearTimeout(settleTimer);
    leaving = true;
    if (searchId && settled === input.value) {
      var id = document.createElement("input");
      id.type = "hidden";
      id.name = "sid";
      id.value = searchId;
      form.appendChild(id);
    }
  });
  window.addEventListener("pagehide", settle);
  window.addEventListener("pageshow", function () { leaving = false; });
})();
