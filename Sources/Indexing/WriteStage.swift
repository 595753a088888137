import Dispatch

/// The serial end of the build pipeline: hands prepared chunks to the segment writer on a queue
/// of its own, so that writing chunk n overlaps the preparation of chunk n + 1 on the other
/// cores. At most one chunk waits, which bounds memory.
final class WriteStage: @unchecked Sendable {
  private let writer: SegmentWriter
  private let queue = DispatchQueue(label: "parlindex.write")
  private let group = DispatchGroup()
  private var report: BuildReport
  private var error: IndexError?
  /// Documents of the file being written so far (a streamed file comes in parts).
  private var documentsOfFile = 0

  init(writer: SegmentWriter, report: BuildReport) {
    self.writer = writer
    self.report = report
  }

  /// Waits for the previous chunk, then queues this one; `done` runs after it is written.
  func submit(_ files: [PreparedFile], done: @escaping @Sendable () -> Void) throws(IndexError) {
    group.wait()
    if let error { throw error }
    queue.async(group: group) { [self] in
      guard error == nil else { return }
      do {
        for file in files { try write(file) }
        done()
      } catch let failure as IndexError {
        error = failure
      } catch {
        self.error = .io(path: "build", message: "\(error)")
      }
    }
  }

  private func write(_ file: PreparedFile) throws(IndexError) {
    report.documentsRead += file.documents.count
    documentsOfFile += file.documents.count
    report.diagnostics += file.diagnostics
    if file.isFinal {
      if documentsOfFile == 0 { report.skipped += file.diagnostics }
      documentsOfFile = 0
    }
    report.diagnostics += try writer.add(file)
  }

  /// Waits for the last chunk and returns the report so far.
  func finish() throws(IndexError) -> BuildReport {
    group.wait()
    if let error { throw error }
    return report
  }
}
