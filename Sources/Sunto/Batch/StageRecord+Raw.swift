extension StageRecord {
    /// A record as decoded from JSON, before its article is built. Decoding is lenient where a
    /// record can still be understood and precise where it cannot, so that error records say
    /// what to fix.
    struct RawRecord: Decodable {
        var id: ID
        var text: String?
        var html: String?
        var bytes: String?
        /// `lang` as a comma-separated list.
        var lang: String?

        /// A record that is a JSON object but cannot be read, with the id when that was read.
        struct Problem: Error {
            var id: ID
            var message: String
        }

        private enum Key: String, CodingKey {
            case id, text, html, bytes, lang
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: Key.self)
            if try !container.contains(.id) || container.decodeNil(forKey: .id) {
                id = .none
            } else if let text = try? container.decode(String.self, forKey: .id) {
                id = .string(text)
            } else if let number = try? container.decode(Int.self, forKey: .id) {
                id = .integer(number)
            } else {
                throw Problem(id: .none, message: "\"id\" must be a string or an integer")
            }
            let id = id
            func string(_ key: Key) throws -> String? {
                guard container.contains(key), try !container.decodeNil(forKey: key) else { return nil }
                guard let value = try? container.decode(String.self, forKey: key) else {
                    throw Problem(id: id, message: "\"\(key.rawValue)\" must be a string")
                }
                return value
            }
            text = try string(.text)
            html = try string(.html)
            bytes = try string(.bytes)
            if let list = try? container.decode([String].self, forKey: .lang) {
                lang = list.joined(separator: ",")
            } else {
                do {
                    lang = try string(.lang)
                } catch {
                    throw Problem(id: id, message: "\"lang\" must be \"it\", \"en\", \"it,en\" or a list of them")
                }
            }
        }
    }
}
