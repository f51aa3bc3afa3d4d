/// The inline script of the batch index page: sorting by a column and filtering as you type.
///
/// Plain JavaScript, no library, no network. It shows the filter box (hidden for readers
/// without script), filters rows on every word typed (ignoring case and accents), and sorts on
/// a header button: a second press reverses the order, ties keep the original order, and the
/// column's `aria-sort` and the live count tell assistive technology what changed.
///
/// The source contains no `<` or `&`, so the page stays well-formed XML; it is fixed text,
/// allowed by the page's Content-Security-Policy through its hash.
enum HTMLIndexScript {
    /// The script text, exactly as written between `<script>` and `</script>`.
    static let source = """

        (function () {
          "use strict";
          var table = document.getElementById("briefs");
          if (!table) { return; }
          var body = table.tBodies[0];
          var rows = Array.prototype.slice.call(body.rows);
          var filter = document.getElementById("filter");
          var count = document.getElementById("count");
          var order = new Map();
          function fold(text) {
            return text.normalize("NFD").replace(/\\p{M}/gu, "").toLowerCase();
          }
          var haystacks = rows.map(function (row, index) {
            order.set(row, index);
            return fold(row.textContent);
          });
          function showCount(shown) {
            var noun = rows.length === 1 ? " brief" : " briefs";
            count.textContent = shown === rows.length ? rows.length + noun : shown + " of " + rows.length + noun;
          }
          function applyFilter() {
            var words = fold(filter.value).split(/\\s+/).filter(Boolean);
            var shown = 0;
            rows.forEach(function (row, index) {
              var match = words.every(function (word) { return haystacks[index].indexOf(word) !== -1; });
              row.hidden = !match;
              if (match) { shown += 1; }
            });
            showCount(shown);
          }
          var collator = new Intl.Collator("it", { numeric: true, sensitivity: "base" });
          function key(row, column) {
            var cell = row.cells[column];
            var value = cell.getAttribute("data-value");
            return value === null ? cell.textContent.trim() : value;
          }
          function sortBy(button) {
            var header = button.closest("th");
            var column = header.cellIndex;
            var numeric = button.getAttribute("data-sort") === "number";
            var direction = header.getAttribute("aria-sort") === "ascending" ? -1 : 1;
            table.querySelectorAll("thead th[aria-sort]").forEach(function (other) { other.removeAttribute("aria-sort"); });
            header.setAttribute("aria-sort", direction === 1 ? "ascending" : "descending");
            rows.slice().sort(function (a, b) {
              var x = key(a, column);
              var y = key(b, column);
              var result = numeric ? Number(x) - Number(y) : collator.compare(x, y);
              return result * direction || order.get(a) - order.get(b);
            }).forEach(function (row) { body.appendChild(row); });
          }
          table.querySelectorAll("thead button[data-sort]").forEach(function (button) {
            button.addEventListener("click", function () { sortBy(button); });
          });
          filter.addEventListener("input", applyFilter);
          document.getElementById("controls").hidden = false;
          applyFilter();
        })();

        """
}
