import Foundation
import ParlIndexCommands

/// The scratch folder of a run: a copy of the repository's corpus/ and its index; the process
/// works inside it so that every relative path a fuzz case names stays in there.
enum Workspace {
  static func make(root: URL, silencer: DescriptorSilencer) throws -> URL {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("parlindex-fuzz-\(getpid())")
    try? FileManager.default.removeItem(at: folder)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let corpus = folder.appendingPathComponent("corpus")
    try FileManager.default.copyItem(at: root.appendingPathComponent("corpus"), to: corpus)
    _ = FileManager.default.changeCurrentDirectoryPath(folder.path)
    silencer.silence()
    let status = ParlIndexTool.run(["index", "corpus", "--index", "index", "--quiet"])
    let errors = silencer.restore()
    guard status == 0 else { throw FuzzUsage("cannot build the scratch index: \(errors)") }
    return folder
  }
}
