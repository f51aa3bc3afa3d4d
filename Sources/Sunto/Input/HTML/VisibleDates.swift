/// The dates a page shows its readers, read from the markup around the headline.
///
/// Candidates are an element marked `itemprop="datePublished"` (which settles it), a `<time
/// datetime>`, and a short text run that holds a date ("Pubblicato il 3 marzo 2024",
/// "February 6, 2026", "12.12.2025"). What stands
/// before a date says what it is: "Updated", "Aggiornato il" mark a later revision, "originally
/// published on" the first publication of a reprinted article. Of the plain candidates the one
/// nearest the headline is the article's date: dates further away belong to related articles,
/// comment threads or the page's header ("today is …", which is skipped).
struct VisibleDates {
    /// The publication date shown with the article (`YYYY-MM-DD`), if any.
    var published: String?
    /// The publication date is labelled as one ("Posted on", "Pubblicato il"), or marked up as one.
    var publishedIsLabelled = false
    /// The date a reprint says the article was first published on.
    var original: String?
    /// Days shown as revisions ("Updated: January 2, 2026").
    var updated: Set<String> = []
    /// The revision date nearest the headline: the best guess on a page that shows no other.
    var revised: String?

    /// Reads the dates of `tree`; `headline` is the node of the article's `<h1>`, if known.
    init(tree: HTMLTree, headline: Int?) {
        var nearest: (distance: Int, date: String, labelled: Bool)?
        var nearestRevision: (distance: Int, date: String)?
        for (index, node) in tree.nodes.enumerated() {
            guard let candidate = Self.candidate(tree, index, node) else { continue }
            if candidate.isItemprop {
                if nearest?.distance != -1 { nearest = (-1, candidate.date, true) }
                continue
            }
            let distance = headline.map { abs($0 - index) } ?? index
            switch candidate.kind {
            case .original:
                if original == nil { original = candidate.date }
            case .updated:
                updated.insert(candidate.date)
                if nearestRevision.map({ distance < $0.distance }) ?? true { nearestRevision = (distance, candidate.date) }
            case .published(let labelled):
                if nearest.map({ distance < $0.distance }) ?? true { nearest = (distance, candidate.date, labelled) }
            }
        }
        published = nearest?.date
        publishedIsLabelled = nearest?.labelled ?? false
        revised = nearestRevision?.date
    }

    private enum Kind {
        case published(labelled: Bool)
        case updated, original
    }

    private struct Candidate {
        var date: String
        var kind: Kind
        var isItemprop = false
    }

    private static func candidate(_ tree: HTMLTree, _ index: Int, _ node: HTMLNode) -> Candidate? {
        if node.tag == .text {
            let text = node.text
            guard text.hasASCIIDigit else { return nil }
            let parent = tree.nodes[Int(node.parent)].tag
            guard !parent.isNeverContent, parent != .title else { return nil }
            guard text.utf8.count <= 80 else { return reprint(text) }
            guard !inToday(tree, index) else { return nil }
            let trimmed = text.trimmingWhitespace()
            guard trimmed.split(separator: " ").count <= 8, let date = WrittenDate(in: trimmed[...]) else { return nil }
            return Candidate(date: date.iso, kind: kind(lead: leadingText(tree, before: index) + " " + date.lead))
        }
        if node.attribute(.itemprop) == "datePublished", node.tag != .meta {
            let value = node.attribute(.datetime) ?? node.attribute(.content) ?? tree.text(of: index)
            guard let date = DateNormalizer.iso8601(value) else { return nil }
            return Candidate(date: String(date.prefix(10)), kind: .published(labelled: true), isItemprop: true)
        }
        guard node.tag == .time, let value = node.attribute(.datetime).flatMap({ DateNormalizer.iso8601($0) }) else { return nil }
        return Candidate(date: String(value.prefix(10)), kind: kind(lead: leadingText(tree, before: index)))
    }

    /// A notice such as "This article was originally published on 26 Sep 2019 at 4:12pm but has
    /// been updated", in a longer text run.
    private static func reprint(_ text: String) -> Candidate? {
        // Every phrase holds "publ" or "pubbl": most runs are ruled out without lowercasing.
        guard text.utf8.count <= 400, text.containsASCIICaseFolded("publ") || text.containsASCIICaseFolded("pubbl") else { return nil }
        let lower = text.lowercased()
        for phrase in originalPhrases {
            guard let range = lower.firstOccurrence(of: phrase) else { continue }
            if let date = WrittenDate(in: lower[range.upperBound...]), date.lead.count <= 24 {
                return Candidate(date: date.iso, kind: .original)
            }
        }
        return nil
    }

    /// Inside an element that shows today's date (`todays-date`, `current-date`).
    private static func inToday(_ tree: HTMLTree, _ index: Int) -> Bool {
        var ancestor = Int(tree.nodes[index].parent)
        for _ in 0..<3 where ancestor >= 0 {
            let node = tree.nodes[ancestor]
            for name in [node.attribute(.class), node.attribute(.id)].compactMap({ $0 })
            where ["today", "current-date", "currentdate"].contains(where: name.containsASCIICaseFolded) {
                return true
            }
            ancestor = Int(node.parent)
        }
        return false
    }

    /// The last text runs before `index` (a label such as "Published" or "Updated&ensp;"), up to
    /// about 40 characters, not crossing more than a few elements.
    private static func leadingText(_ tree: HTMLTree, before index: Int) -> String {
        var lead = ""
        var cursor = index - 1
        var steps = 0
        // Counting only the first 40 characters: a run of text before a date can be a long paragraph.
        while cursor >= 0, steps < 8, lead.prefix(40).count < 40 {
            let node = tree.nodes[cursor]
            if node.tag == .text, !tree.contains(cursor, index) {
                let text = node.text.trimmingWhitespace()
                if text.hasASCIIDigit { break }
                lead = text + " " + lead
            }
            cursor -= 1
            steps += 1
        }
        return lead
    }

    private static let originalPhrases = [
        "originally published", "first published", "pubblicato originariamente", "originariamente pubblicato",
        "pubblicato per la prima volta",
    ]

    private static func kind(lead: String) -> Kind {
        let lower = lead.lowercased()
        if originalPhrases.contains(where: lower.contains) {
            return .original
        }
        if ["updated", "update:", "aggiorna", "modified", "modificat", "last edited", "revised", "actualiza", "mis à jour"]
            .contains(where: lower.contains) {
            return .updated
        }
        return .published(labelled: ["published", "posted", "pubblicat", "publié", "publicado", "veröffentlicht"].contains(where: lower.contains))
    }
}

extension String {
    /// Whether the text holds an ASCII digit (written dates are read from ASCII digits only).
    fileprivate var hasASCIIDigit: Bool { utf8.contains { $0 &- 0x30 < 10 } }
}
