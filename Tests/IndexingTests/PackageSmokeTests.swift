import Testing

@Test func indexingTargetBuilds() {
  #expect(Bool(true))
}
