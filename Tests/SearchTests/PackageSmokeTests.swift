import Testing

@Test func searchTargetBuilds() {
  #expect(Bool(true))
}
