// parlindex-fuzz: seeded fuzzing of the readers, the query parser and the argument parser
// (see the README's "Robustness" section).
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

let options: FuzzOptions
do {
  options = try FuzzOptions(Array(CommandLine.arguments.dropFirst()))
} catch let usage as FuzzUsage {
  FileHandle.standardError.write(
    Data("parlindex-fuzz: \(usage.message)\n\(FuzzOptions.usage)\n".utf8))
  exit(64)
}
let silencer = DescriptorSilencer(
  scratch: FileManager.default.temporaryDirectory.appendingPathComponent(
    "parlindex-fuzz-stderr-\(getpid())"))
let workspace: URL
do {
  workspace = try Workspace.make(root: options.root, silencer: silencer)
} catch {
  FileHandle.standardError.write(
    Data(
      ("parlindex-fuzz: cannot prepare the workspace from '\(options.root.path)' (\(error)); "
        + "run it from the repository root, or give --root DIR\n").utf8))
  exit(1)
}
defer { try? FileManager.default.removeItem(at: workspace) }
let runner = FuzzRunner(
  options: options, watchdog: Watchdog(limit: options.hang, errorDescriptor: silencer.savedError))
var problems = 0
for name in options.targets {
  let target: any FuzzTarget
  switch name {
  case "readers": target = ReadersTarget(root: options.root)
  case "query":
    target = QueryTarget(root: options.root, index: workspace.appendingPathComponent("index"))
  case "arguments": target = ArgumentsTarget(silencer: silencer)
  case "records": target = RecordsTarget(root: options.root)
  default:
    FileHandle.standardError.write(Data("parlindex-fuzz: unknown target '\(name)'\n".utf8))
    exit(64)
  }
  problems += runner.run(name, target)
}
try? FileManager.default.removeItem(at: workspace)
exit(problems == 0 ? 0 : 1)
