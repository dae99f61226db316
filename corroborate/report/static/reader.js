// The source reader: a click on any link to a span opens the report's text beside the page,
// with exactly those characters highlighted and scrolled into view. Offsets are in Unicode
// code points (as in the dossier); JavaScript strings count UTF-16 units, so they are converted.
(function () {
  "use strict";
  var reader = document.getElementById("reader");
  var title = document.getElementById("reader-title");
  var body = document.getElementById("reader-text");
  if (!reader || !title || !body) return;
  var opener = null; // the link that opened the reader: focus returns to it on close

  function units(text, points) {
    var i = 0;
    for (var n = 0; n < points && i < text.length; n++) {
      i += text.codePointAt(i) > 0xffff ? 2 : 1;
    }
    return i;
  }

  function show(ref) {
    var parts = /^([\w-]+):(\d+):(\d+)$/.exec(ref || "");
    if (!parts) return false;
    var source = document.getElementById("text-" + parts[1]);
    if (!source) return false;
    var text = source.textContent;
    var start = units(text, +parts[2]);
    var end = units(text, +parts[3]);
    var mark = document.createElement("mark");
    mark.id = "highlight";
    mark.textContent = text.slice(start, end);
    body.textContent = "";
    body.append(text.slice(0, start), mark, text.slice(end));
    title.textContent = source.getAttribute("data-title") + " [" + parts[2] + "\u2013" + parts[3] + "]";
    reader.hidden = false;
    document.body.classList.add("reading");
    mark.scrollIntoView({ block: "center" });
    reader.focus({ preventScroll: true }); // keyboard and screen-reader users land in the text
    return true;
  }

  function close() {
    reader.hidden = true;
    document.body.classList.remove("reading");
    if (location.hash.indexOf("#span=") === 0) history.replaceState(null, "", location.pathname + location.search);
    if (opener) opener.focus();
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a[data-span]");
    if (!link) return;
    var ref = link.getAttribute("data-span");
    if (show(ref)) {
      opener = link;
      event.preventDefault();
      history.replaceState(null, "", "#span=" + ref);
    }
  });
  document.getElementById("reader-close").addEventListener("click", close);
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && !reader.hidden) close();
  });
  if (location.hash.indexOf("#span=") === 0) show(location.hash.slice(6));
})();

// Boxes that scroll sideways (the claim matrix, the drawings) say so where they overflow: a hint
// line above the box and a shadow at its edge, updated when the window is resized.
(function () {
  "use strict";
  function mark() {
    var boxes = document.querySelectorAll(".scroll");
    for (var i = 0; i < boxes.length; i++) {
      var box = boxes[i];
      var hint = box.previousElementSibling;
      if (!hint || !hint.classList.contains("scroll-hint")) {
        hint = document.createElement("p");
        hint.className = "scroll-hint";
        hint.setAttribute("aria-hidden", "true");
        hint.textContent = "Wider than the screen: scroll sideways for more \u2192";
        box.parentNode.insertBefore(hint, box);
      }
      var over = box.scrollWidth > box.clientWidth + 1;
      box.classList.toggle("overflowing", over);
      hint.classList.toggle("shown", over);
    }
  }
  mark();
  window.addEventListener("resize", mark);
})();
