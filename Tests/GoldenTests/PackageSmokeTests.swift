import Testing

@Test func goldenTargetBuilds() {
  #expect(Bool(true))
}
