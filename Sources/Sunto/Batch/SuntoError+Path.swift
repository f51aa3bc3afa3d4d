extension SuntoError {
    /// The input or output the error is about, for the errors that name one.
    var subjectPath: String? {
        switch self {
        case .inputMissing(let path), .unreadable(let path, _), .emptyInput(let path), .noArticle(let path, _),
             .undecodable(let path, _), .tooLarge(let path, _, _), .cannotWrite(let path, _):
            path
        default:
            nil
        }
    }
}
