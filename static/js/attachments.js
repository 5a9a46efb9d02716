// Contact form attachments: lists the chosen files with their sizes and a remove button, and
// refuses too many, too large or unsupported files before anything is uploaded. The server
// checks everything again (by the files' bytes); without this file the plain file input works.
(function () {
  "use strict";
  var input = document.getElementById("attachments");
  var list = document.getElementById("attachments-chosen");
  var live = document.getElementById("attachments-live");
  if (!input || !list || !live || !window.DataTransfer || !window.FileReader) { return; }

  var maxFiles = parseInt(input.getAttribute("data-max-files"), 10);
  var maxFile = parseInt(input.getAttribute("data-max-file"), 10);
  var maxTotal = parseInt(input.getAttribute("data-max-total"), 10);
  var text = function (name) { return input.getAttribute("data-text-" + name) || ""; };
  var kept = [];

  var size = function (bytes) {
    if (bytes < 1024) { return bytes + " B"; }
    if (bytes < 1024 * 1024) { return Math.round(bytes / 1024) + " KB"; }
    var mb = bytes / (1024 * 1024);
    return (mb === Math.round(mb) ? mb : mb.toFixed(1)) + " MB";
  };

  // the same magic numbers the server checks; plain text must not start with markup
  var kindOf = function (bytes) {
    var starts = function (sig, at) {
      for (var i = 0; i < sig.length; i++) { if (bytes[(at || 0) + i] !== sig[i]) { return false; } }
      return true;
    };
    if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) { return "png"; }
    if (starts([0xff, 0xd8, 0xff])) { return "jpeg"; }
    if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) { return "webp"; }
    if (starts([0x47, 0x49, 0x46, 0x38])) { return "gif"; }
    if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) { return "pdf"; }
    // plain text: no NUL byte anywhere in the head, and no markup first
    if (bytes.indexOf(0) >= 0) { return null; }
    for (var i = 0; i < bytes.length; i++) {
      var b = bytes[i];
      if (b === 0xef && bytes[i + 1] === 0xbb && bytes[i + 2] === 0xbf) { i += 2; continue; }
      if (b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d) { continue; }
      return b === 0x3c ? null : "text";
    }
    return null;
  };

  var head = function (file) {
    return new Promise(function (resolve) {
      var reader = new FileReader();
      reader.onload = function () { resolve(new Uint8Array(reader.result)); };
      reader.onerror = function () { resolve(new Uint8Array(0)); };
      reader.readAsArrayBuffer(file.slice(0, 512));
    });
  };

  var sync = function () {
    var transfer = new DataTransfer();
    kept.forEach(function (file) { transfer.items.add(file); });
    input.files = transfer.files;
    list.textContent = "";
    list.hidden = kept.length === 0;
    list.setAttribute("aria-label", text("list"));
    kept.forEach(function (file, index) {
      var item = document.createElement("li");
      var label = document.createElement("span");
      label.textContent = file.name + " (" + size(file.size) + ")";
      var button = document.createElement("button");
      button.type = "button";
      button.className = "link-button";
      button.textContent = text("remove");
      button.setAttribute("aria-label", text("remove-named").replace("{0}", file.name));
      button.addEventListener("click", function () {
        kept.splice(index, 1);
        sync();
        input.focus();
      });
      item.appendChild(label);
      item.appendChild(document.createTextNode(" "));
      item.appendChild(button);
      list.appendChild(item);
    });
  };

  var say = function (problems) {
    live.textContent = problems.join(" ");
    live.hidden = problems.length === 0;
  };

  input.addEventListener("change", function () {
    var chosen = Array.prototype.slice.call(input.files);
    Promise.all(chosen.map(head)).then(function (heads) {
      var problems = [];
      var next = kept.slice();
      chosen.forEach(function (file, i) {
        if (file.size > maxFile) {
          problems.push(file.name + ": " + text("too-large").replace("{1}", size(maxFile)));
        } else if (!kindOf(heads[i])) {
          problems.push(file.name + ": " + text("type"));
        } else if (next.length >= maxFiles) {
          problems.push(text("too-many"));
        } else {
          next.push(file);
        }
      });
      var total = next.reduce(function (sum, file) { return sum + file.size; }, 0);
      while (total > maxTotal && next.length > kept.length) {
        total -= next.pop().size;
        if (problems.indexOf(text("total")) < 0) { problems.push(text("total").replace("{1}", size(maxTotal))); }
      }
      kept = next;
      say(problems.filter(function (p, i) { return problems.indexOf(p) === i; }));
      sync();
    });
  });
})();
