#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The lexer's token buffer, one per thread and reused from sentence to sentence: the tokens
/// of a sentence are written there with no capacity check and no uniqueness check per token
/// (a sentence of `n` bytes holds at most `n` tokens), then copied once into an array of their
/// exact count.
final class LexerScratch {
  /// Past this many tokens, a buffer grown for a long sentence is freed after it.
  static let retainedCapacity = 1 << 15

  private var buffer: UnsafeMutablePointer<TextToken>
  private var capacity: Int
  /// Lent to a `withTokens` call (a nested call gets a buffer of its own).
  private var lent = false
  /// The array `RecordExtractor` lexes a document's sentences into (`Lexer.lex(_:into:with:)`),
  /// kept from document to document so that it is grown once per thread, not per document.
  private var documentTokens: [TextToken] = []

  private init() {
    capacity = 1024
    buffer = .allocate(capacity: capacity)
  }

  deinit { buffer.deallocate() }

  private static let key: pthread_key_t = {
    var key = pthread_key_t()
    let created = pthread_key_create(&key) { pointer in
      guard let pointer else { return }
      Unmanaged<LexerScratch>.fromOpaque(pointer).release()
    }
    precondition(created == 0, "cannot create the lexer scratch's thread key")
    return key
  }()

  /// The scratch of the calling thread, made on its first use.
  private static var current: LexerScratch {
    if let pointer = pthread_getspecific(key) {
      return Unmanaged<LexerScratch>.fromOpaque(pointer).takeUnretainedValue()
    }
    let scratch = LexerScratch()
    pthread_setspecific(key, Unmanaged.passRetained(scratch).toOpaque())
    return scratch
  }

  /// The thread's array for a document's tokens, empty, with the capacity it kept (a call
  /// while another use holds it gets an empty array).
  static func takeTokens() -> [TextToken] {
    let scratch = current
    let taken = scratch.documentTokens
    scratch.documentTokens = []
    return taken
  }

  /// Gives back the array `takeTokens` gave, kept unless it grew past `retainedCapacity`.
  static func give(tokens: consuming [TextToken]) {
    guard tokens.capacity <= retainedCapacity else { return }
    current.documentTokens = consume tokens
  }

  /// `body` given uninitialized room for at least `capacity` trivial `TextToken`s; the room
  /// is the thread's buffer unless it is already lent.
  static func withTokens<Result>(
    capacity: Int, _ body: (UnsafeMutablePointer<TextToken>) -> Result
  ) -> Result {
    let scratch = current
    guard !scratch.lent else {
      let own = UnsafeMutablePointer<TextToken>.allocate(capacity: max(capacity, 1))
      defer { own.deallocate() }
      return body(own)
    }
    if scratch.capacity < capacity {
      scratch.buffer.deallocate()
      scratch.capacity = max(capacity, scratch.capacity * 2)
      scratch.buffer = .allocate(capacity: scratch.capacity)
    }
    scratch.lent = true
    defer {
      scratch.lent = false
      if scratch.capacity > retainedCapacity {
        scratch.buffer.deallocate()
        scratch.capacity = 1024
        scratch.buffer = .allocate(capacity: scratch.capacity)
      }
    }
    return body(scratch.buffer)
  }
}
