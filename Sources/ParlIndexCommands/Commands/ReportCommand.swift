import Answers
import Foundation
import FrenchText

/// `parlindex report TOPIC --html FILE`: one self-contained HTML page on a topic (timeline on a
/// time axis, figures with agreement marks, who pays, every source sentence in context).
struct ReportCommand: Command {
  static let name = "report"
  static let abstract =
    "Write a self-contained HTML report on a topic: timeline, figures, who pays, sources."
  static let synopsis = "report TOPIC --html FILE [--title TEXT] [filters] [--index DIR]"
  static let options: [OptionSpec] =
    [
      .value("--html", "FILE", "Write the page to FILE (required; replaced atomically)."),
      .value("--title", "TEXT", "The page's title (default: Rapport « TOPIC »)."),
      CommonOptions.index,
    ] + CommonOptions.filters + [CommonOptions.help]

  var topic: TopicOptions
  var file: String
  var title: String?

  init(arguments: ParsedArguments) throws(UsageError) {
    topic = try TopicOptions(arguments, command: Self.name)
    guard let file = arguments.value("--html"), !file.isEmpty else {
      throw UsageError("missing --html FILE", command: Self.name)
    }
    self.file = file
    title = arguments.value("--title")
  }

  func run() throws {
    let documents = try topic.documents()
    let report = HTMLReport(
      title: title, topic: topic.text, generated: Self.generationDate(),
      records: documents.map(\.record), topicTerms: AnswerTopicTerms(topic.query))
    try Self.write(report.page(), to: file)
    Output.line(
      "wrote \(file): \(report.timeline.events.count) event(s), \(report.figures.groups.count) "
        + "measure(s), \(report.funding.statements.count) funding relation(s), "
        + "\(documents.count) document(s)")
  }

  /// Today in UTC, or the day of `SOURCE_DATE_EPOCH` when set, so that a page can be rebuilt
  /// byte for byte.
  static func generationDate(
    environment: [String: String] = ProcessInfo.processInfo.environment, now: Date = Date()
  ) -> String {
    var date = now
    if let epoch = environment["SOURCE_DATE_EPOCH"].flatMap({ Double($0) }) {
      date = Date(timeIntervalSince1970: epoch)
    }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    let parts = calendar.dateComponents([.year, .month, .day], from: date)
    return FrenchDateFormat.long(
      CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1))
  }

  /// Writes `text` to a temporary file beside `path`, then renames it over `path`: a reader
  /// never sees half a page, and a failure leaves any previous page whole.
  static func write(_ text: String, to path: String) throws {
    let target = URL(fileURLWithPath: path)
    let temporary = target.deletingLastPathComponent().appendingPathComponent(
      ".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
    do {
      try Data(text.utf8).write(to: temporary)
      guard rename(temporary.path, target.path) == 0 else {
        let reason = String(cString: strerror(errno))
        try? FileManager.default.removeItem(at: temporary)
        throw RuntimeError("cannot write report to \(path): \(reason)")
      }
    } catch let error as RuntimeError {
      throw error
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw RuntimeError("cannot write report to \(path): \(Self.reason(error))")
    }
  }

  static func reason(_ error: any Error) -> String {
    let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
    if let code = underlying?.code, underlying?.domain == NSPOSIXErrorDomain {
      return String(cString: strerror(Int32(code)))
    }
    return (error as NSError).localizedDescription
  }
}
