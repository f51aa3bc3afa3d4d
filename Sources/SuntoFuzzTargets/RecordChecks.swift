import Sunto

/// The pipeline-file and stage-record targets.
enum RecordChecks {
    static func pipeline(_ bytes: [UInt8]) -> [String] {
        guard let yaml = String(validating: bytes, as: UTF8.self) else { return [] }
        guard let spec = try? PipelineSpec.parse(yaml: yaml, file: "fuzz.yaml") else { return [] }
        return spec.entries.contains { $0.name.isEmpty } ? ["a stage without a name was accepted"] : []
    }

    static func stageRecord(_ bytes: [UInt8]) -> [String] {
        let maxBytes = 1 << 16
        switch StageRecord.parse(bytes, number: 1, maxBytes: maxBytes) {
        case .success(let record):
            return record.document.bytes.count > maxBytes ? ["a record of \(record.document.bytes.count) bytes passed the limit"] : []
        case .failure:
            return []
        }
    }
}
