import Corpus
import Foundation
import Indexing

/// The summary of an `index` run: warnings for skipped files, then one summary line (or JSON).
enum BuildReportRenderer {
  static func render(_ report: BuildReport, indexDirectory: String, json: Bool) {
    for diagnostic in report.diagnostics {
      Output.diagnostic(diagnostic.severity.rawValue, diagnostic.description)
    }
    if json {
      Output.json(
        .object([
          ("index", .string(indexDirectory)),
          ("documents", .int(report.totalDocuments)),
          ("read", .int(report.documentsRead)),
          ("added", .int(report.added)),
          ("updated", .int(report.updated)),
          ("dropped", .int(report.dropped)),
          ("unchanged", .int(report.unchanged)),
          (
            "skipped",
            .array(
              report.skipped.map {
                .object([("file", .string($0.file)), ("reason", .string($0.message))])
              })
          ),
          ("filesRead", .int(report.filesRead)),
          ("segments", .int(report.segmentCount)),
          ("full", .bool(report.wasFullBuild)),
          ("seconds", .double(report.elapsedSeconds)),
        ]))
      return
    }
    let seconds = String(format: "%.2f", report.elapsedSeconds)
    let counts: [String] = [
      "\(report.documentsRead) read", "\(report.added) added", "\(report.updated) updated",
      "\(report.dropped) dropped", "\(report.unchanged) unchanged",
      "\(report.skipped.count) skipped",
    ]
    let head = "indexed \(report.totalDocuments) documents in \(indexDirectory)/ in \(seconds) s"
    let files = report.filesRead == 1 ? "1 file" : "\(report.filesRead) files"
    let segments = report.segmentCount == 1 ? "1 segment" : "\(report.segmentCount) segments"
    let how = report.wasFullBuild ? "full build" : "incremental"
    Output.line(
      head + ": " + counts.joined(separator: ", ") + " (\(how): \(files) read, \(segments))")
  }
}
