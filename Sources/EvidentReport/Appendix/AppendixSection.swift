/// A kind of section the appendix can hold. Each kind is one file under `Sections/` and decides
/// from the input whether it has anything to show (none, one, or one per data set); the order
/// of `AppendixBuilder.sections` is the order of the document. Adding a section is one new
/// file and one line in that list.
protocol AppendixSection {
    static func sections(_ input: AppendixInput) -> [Section]
}
