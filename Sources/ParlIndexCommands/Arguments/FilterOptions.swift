import Corpus
import Search

/// Turns the filter flags of `cli.md` into a `SearchFilter`, rejecting malformed values.
enum FilterOptions {
  static func filter(from arguments: ParsedArguments, command: String) throws(UsageError)
    -> SearchFilter
  {
    var filter = SearchFilter()
    if let chamber = arguments.value("--chamber") {
      switch chamber.lowercased() {
      case "an", "assemblee", "assemblée": filter.chamber = .assemblee
      case "senat", "sénat": filter.chamber = .senat
      default: throw UsageError("--chamber expects an or senat, got '\(chamber)'", command: command)
      }
    }
    if let text = arguments.value("--legislature") {
      guard let number = Int(text) else {
        throw UsageError("--legislature expects a number, got '\(text)'", command: command)
      }
      filter.legislature = number
    }
    filter.ministry = arguments.value("--ministry")
    filter.author = arguments.value("--author")
    filter.group = arguments.value("--group")
    filter.rubric = arguments.value("--rubric")
    if let kind = arguments.value("--kind") {
      guard let value = DocumentKind(rawValue: kind) else {
        throw UsageError("--kind expects question or announcement, got '\(kind)'", command: command)
      }
      filter.kind = value
    }
    for flag in ["--from", "--to"] {
      guard let text = arguments.value(flag) else { continue }
      guard let bound = DateBound(parsing: text) else {
        throw UsageError(
          "\(flag) expects YYYY, YYYY-MM or YYYY-MM-DD, got '\(text)'", command: command)
      }
      if flag == "--from" { filter.from = bound } else { filter.to = bound }
    }
    if arguments.has("--answered") && arguments.has("--unanswered") {
      throw UsageError("--answered and --unanswered exclude each other", command: command)
    }
    if arguments.has("--answered") { filter.answered = true }
    if arguments.has("--unanswered") { filter.answered = false }
    return filter
  }
}
