import Testing

@Test func corpusTargetBuilds() {
  #expect(Bool(true))
}
