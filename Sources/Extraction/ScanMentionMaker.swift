import Corpus

/// What the mention passes make of a mention's facts and its UTF-8 range in the sentence: a
/// `Mention` (the sentence itself is the maker) or a `TextMention`.
///
/// A maker passed as a generic argument (borrowed) is not copied: a closure capturing the
/// sentence copied it (two retains and two releases) at each sentence.
protocol ScanMentionMaker {
  associatedtype Made
  /// The mention of `facts` (their `text` set), found at `range` of the sentence's UTF-8.
  func make(_ facts: consuming MentionFacts, _ range: Range<Int>) -> Made
}

extension Sentence: ScanMentionMaker {
  /// A mention of this sentence.
  @inline(__always)
  func make(_ facts: consuming MentionFacts, _ range: Range<Int>) -> Mention {
    Mention(facts: facts, sentence: self, textRange: range)
  }
}

/// Makes the `Mention`s of the sentence at `sentence`, read in place: the sentence is copied
/// into each mention, never into the maker.
struct SentenceMaker: ScanMentionMaker {
  let sentence: UnsafePointer<Sentence>

  @inline(__always)
  func make(_ facts: consuming MentionFacts, _ range: Range<Int>) -> Mention {
    Mention(facts: facts, sentence: sentence.pointee, textRange: range)
  }
}

/// Makes the `TextMention`s of bare text.
struct TextMentionMaker: ScanMentionMaker {
  @inline(__always)
  func make(_ facts: consuming MentionFacts, _ range: Range<Int>) -> TextMention {
    TextMention(facts: facts, range: range)
  }
}
