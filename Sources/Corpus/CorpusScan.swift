import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Every file `CorpusWalk` gives, in its order and with its diagnostics, found by several threads
/// at once: folders are listed and files looked up (`fstatat`) on `threads` threads. When the
/// file system's metadata is not cached, a walk that asks for one directory block or inode at a
/// time leaves the disk idle between its requests; a few threads keep several in flight. (Files
/// of a listing are looked up in slices, so one large folder is spread over the threads too.)
///
/// Holds every file found, as the caller does (an incremental build lists them all).
struct CorpusScan {
  /// A folder found by the scan: listed by one task, its files looked up by others.
  private final class Folder: @unchecked Sendable {
    let path: String
    let relative: String
    /// Written by the task that lists the folder, read once every task is done.
    var listing: DirectoryListing?
    var children: [Folder?] = []
    /// What `fstatat` gave for each entry, by sorted place (written by the slice tasks, each
    /// its own places).
    var statuses = UnsafeMutableBufferPointer<FileStatus>(start: nil, count: 0)

    init(path: String, relative: String) {
      self.path = path
      self.relative = relative
    }

    deinit { statuses.deallocate() }
  }

  /// One file's size and modification time; a negative size when it is not a regular file.
  private struct FileStatus {
    var size = -1
    var modificationTime = 0.0
  }

  /// Work for the threads: list a folder, or look up a slice of a listed folder's files
  /// (the slice holds the folder open).
  private enum Task: @unchecked Sendable {
    case list(Folder)
    case lookUp(Folder, DirectoryHandle, Range<Int>)
  }

  /// The tasks still to run, taken by the threads until none is left and none is running (a
  /// running task may add more). Listings go first: they find the rest of the work.
  private final class TaskQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private var lists: [Task] = []
    private var lookUps: [Task] = []
    private var running = 0

    func add(_ tasks: [Task]) {
      condition.lock()
      for task in tasks {
        if case .list = task { lists.append(task) } else { lookUps.append(task) }
      }
      condition.unlock()
    }

    /// Runs tasks until the queue is empty and no task is running.
    func work(_ run: (Task) -> [Task]) {
      condition.lock()
      while true {
        if let task = lists.popLast() ?? lookUps.popLast() {
          running += 1
          condition.unlock()
          let added = run(task)
          condition.lock()
          for task in added {
            if case .list = task { lists.append(task) } else { lookUps.append(task) }
          }
          running -= 1
          if !added.isEmpty || running == 0 { condition.broadcast() }
        } else if running == 0 {
          condition.unlock()
          return
        } else {
          condition.wait()
        }
      }
    }
  }

  /// Files looked up per task.
  static let sliceSize = 128

  let walker: CorpusWalker
  let threads: Int

  /// The files under `paths`, as `walker.files(under:)` gives them.
  func files(under paths: [String]) -> (files: [CorpusFile], diagnostics: [Diagnostic]) {
    // The roots are looked at in order first: a missing one or a file is known at once.
    enum Root {
      case missing(String)
      case file(String)
      case folder(Folder, String)
    }
    var roots: [Root] = []
    for root in paths {
      var status = stat()
      if stat(root, &status) != 0 {
        roots.append(.missing(root))
      } else if status.st_mode & S_IFMT != S_IFDIR {
        roots.append(.file(root))
      } else {
        let base = root.count > 1 && root.hasSuffix("/") ? String(root.dropLast()) : root
        roots.append(.folder(Folder(path: base, relative: ""), root))
      }
    }
    let queue = TaskQueue()
    var first: [Task] = []
    for case .folder(let folder, _) in roots { first.append(.list(folder)) }
    queue.add(first)
    if !first.isEmpty { CorpusScan.run(queue, threads: max(1, threads)) }

    var files: [CorpusFile] = []
    var diagnostics: [Diagnostic] = []
    for root in roots {
      switch root {
      case .missing(let path):
        diagnostics.append(
          Diagnostic(severity: .error, file: path, message: "no such file or folder"))
      case .file(let path):
        let name = path.split(separator: "/").last.map(String.init) ?? path
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { continue }
        admit(
          CorpusFile(
            path: path, relativePath: name, size: Int(status.st_size),
            modificationTime: CorpusScan.seconds(status.st_mtim)),
          to: &files, diagnostics: &diagnostics)
      case .folder(let folder, let path):
        guard folder.listing != nil else {
          diagnostics.append(
            Diagnostic(severity: .error, file: path, message: "cannot list folder"))
          continue
        }
        collect(folder, into: &files, diagnostics: &diagnostics)
      }
    }
    return (files, diagnostics)
  }

  /// Starts `threads` threads on `queue` (the calling thread is one of them) and waits for them.
  private static func run(_ queue: TaskQueue, threads: Int) {
    let group = DispatchGroup()
    for _ in 1..<threads {
      group.enter()
      let thread = Thread {
        queue.work(CorpusScan.perform)
        group.leave()
      }
      thread.start()
    }
    queue.work(CorpusScan.perform)
    group.wait()
  }

  private static func perform(_ task: Task) -> [Task] {
    switch task {
    case .list(let folder): list(folder)
    case .lookUp(let folder, let handle, let range): lookUp(range, of: folder, in: handle)
    }
  }

  /// Lists `folder` (opened by its path: its parent may be closed by now); returns the tasks
  /// that list its folders and look up its files. A folder that cannot be opened keeps no
  /// listing (skipped, or a diagnostic for a root).
  private static func list(_ folder: Folder) -> [Task] {
    guard let handle = DirectoryHandle(path: folder.path) else { return [] }
    let listing = DirectoryListing(handle, path: folder.path)
    var tasks: [Task] = []
    var children = [Folder?](repeating: nil, count: listing.count)
    var filesSeen = false
    for index in 0..<listing.count {
      switch listing.kind(index) {
      case .folder:
        let name = listing.entry(index).name
        let child = Folder(
          path: folder.path + "/" + name,
          relative: folder.relative.isEmpty ? name : folder.relative + "/" + name)
        children[index] = child
        tasks.append(.list(child))
      case .file, .link:
        filesSeen = true
      case .other, .unknown:
        continue
      }
    }
    folder.statuses = .allocate(capacity: listing.count)
    folder.statuses.initialize(repeating: FileStatus())
    folder.children = children
    folder.listing = listing
    if filesSeen {
      for start in stride(from: 0, to: listing.count, by: sliceSize) {
        tasks.append(.lookUp(folder, handle, start..<min(listing.count, start + sliceSize)))
      }
    }
    return tasks
  }

  /// Looks up the files and links among the entries `range` of the listed `folder`.
  private static func lookUp(
    _ range: Range<Int>, of folder: Folder, in handle: DirectoryHandle
  ) -> [Task] {
    guard let listing = folder.listing else { return [] }
    withExtendedLifetime(handle) {
      lookUp(range, of: folder, listing, descriptor: handle.descriptor)
    }
    return []
  }

  /// Looks up the files and links among `range` in `folder`'s `listing`, open as `descriptor`.
  private static func lookUp(
    _ range: Range<Int>, of folder: Folder, _ listing: DirectoryListing, descriptor: Int32
  ) {
    for index in range {
      switch listing.kind(index) {
      case .file, .link:
        var status = stat()
        let found = listing.withName(index) { fstatat(descriptor, $0, &status, 0) == 0 }
        guard found, status.st_mode & S_IFMT == S_IFREG else { continue }
        folder.statuses[index] = FileStatus(
          size: Int(status.st_size), modificationTime: seconds(status.st_mtim))
      default:
        continue
      }
    }
  }

  /// Appends the files of `folder` and of its folders, depth first in sorted order.
  private func collect(
    _ folder: Folder, into files: inout [CorpusFile], diagnostics: inout [Diagnostic]
  ) {
    guard let listing = folder.listing else { return }
    for index in 0..<listing.count {
      switch listing.kind(index) {
      case .folder:
        if let child = folder.children[index] {
          collect(child, into: &files, diagnostics: &diagnostics)
        }
      case .file, .link:
        let status = folder.statuses[index]
        guard status.size >= 0 else { continue }
        let name = listing.entry(index).name
        let file = CorpusFile(
          path: folder.path + "/" + name,
          relativePath: folder.relative.isEmpty ? name : folder.relative + "/" + name,
          size: status.size, modificationTime: status.modificationTime)
        admit(file, to: &files, diagnostics: &diagnostics)
      case .other, .unknown:
        continue
      }
    }
  }

  /// Appends `file`, or a warning when it is over the walker's size limit.
  private func admit(
    _ file: CorpusFile, to files: inout [CorpusFile], diagnostics: inout [Diagnostic]
  ) {
    if file.size > walker.maximumFileSize {
      diagnostics.append(walker.tooLarge(file))
    } else {
      files.append(file)
    }
  }

  /// A `timespec` in seconds, as the walk gives modification times.
  static func seconds(_ time: timespec) -> Double {
    Double(time.tv_sec) + Double(time.tv_nsec) / 1_000_000_000
  }
}
