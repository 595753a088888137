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
      default:
        throw UsageError(
          ValueAdvice.message(flag: "--chamber", got: chamber, valid: ["an", "senat"]),
          command: command)
      }
    }
    if let text = arguments.value("--legislature") {
      guard let number = Int(text) else {
        throw UsageError(
          "--legislature expects a number, got '\(text)'; write e.g. --legislature 17",
          command: command)
      }
      filter.legislature = number
    }
    filter.ministry = arguments.value("--ministry")
    filter.author = arguments.value("--author")
    filter.group = arguments.value("--group")
    filter.rubric = arguments.value("--rubric")
    if let kind = arguments.value("--kind") {
      guard let value = DocumentKind(rawValue: kind) else {
        throw UsageError(
          ValueAdvice.message(flag: "--kind", got: kind, valid: ["question", "announcement"]),
          command: command)
      }
      filter.kind = value
    }
    for flag in ["--from", "--to"] {
      guard let text = arguments.value(flag) else { continue }
      guard let bound = DateBound(parsing: text) else {
        throw UsageError(
          "\(flag) expects a date YYYY, YYYY-MM or YYYY-MM-DD, got '\(text)'; write e.g. "
            + "\(flag) 2025-02", command: command)
      }
      if flag == "--from" { filter.from = bound } else { filter.to = bound }
    }
    if arguments.has("--answered") && arguments.has("--unanswered") {
      throw UsageError(
        "--answered and --unanswered exclude each other: keep one of them, or neither for all",
        command: command)
    }
    if arguments.has("--answered") { filter.answered = true }
    if arguments.has("--unanswered") { filter.answered = false }
    return filter
  }
}
