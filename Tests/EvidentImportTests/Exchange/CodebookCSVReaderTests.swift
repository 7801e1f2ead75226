import EvidentModel
import Foundation
import Testing
@testable import EvidentImport

@Suite("Flat codebook CSV in")
struct CodebookCSVReaderTests {
    @Test("themes, codes, parents given later, lists split on ';', neutralised cells restored")
    func reads() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("flat.csv", """
            Theme_ID,theme_label,code_id,code_label,parent_id,definition,patterns,exclude,applies_to,negation,examples
            barriers,Barriers,,,,Things in the way,,,,,
            barriers,Barriers,debt,Debt,money,'-ve money,debt*; arrears,,,false,"One
            Two"
            barriers,Barriers,money,Money,,,money; benefit*,money advice,practitioner-survey,,
            outcomes,Outcomes,better,Better,,,,,,,
            """)
        let codebook = try CodebookCSVReader.read(path: path)
        #expect(codebook.name == "flat")
        #expect(ExchangeFixtures.outline(codebook) == "Barriers\n  Money\n    Debt\nOutcomes\n  Better\n")
        let money = codebook.themes[0].codes[0]
        #expect(money.patterns.map(\.text) == ["money", "benefit*"])
        #expect(money.exclude.map(\.text) == ["money advice"])
        #expect(money.appliesTo == ["practitioner-survey"])
        let debt = money.codes[0]
        #expect(debt.definition == "-ve money")
        #expect(debt.negation == false)
        #expect(debt.examples == ["One", "Two"])
        #expect(codebook.themes[0].definition == "Things in the way")
    }

    @Test("errors name the line", arguments: [
        ("theme_id,code_id,code_label,colour\n", "unknown column 'colour' --> FILE:1:4"),
        ("theme_id,theme_label,code_id,code_label\nt,T,a,A\nt,T,a,B\n", "code id 'a' is used twice (first at line 2) --> FILE:3"),
        ("theme_id,theme_label,code_id,code_label,parent_id\nt,T,a,A,zz\n", "code 'a' names parent 'zz', which is not a code of theme 't' --> FILE:2"),
        ("theme_id,theme_label,code_id,code_label\nt,T,Bad_Id,A\n",
         "code id 'Bad_Id' must be lowercase letters, digits and '-', starting with a letter or digit --> FILE:2"),
        ("theme_id,theme_label,code_id,code_label\nt,T,a,\n", "code 'a' has no code_label --> FILE:2"),
        ("theme_id,theme_label,code_id,code_label,parent_id\nt,T,a,A,b\nt,T,b,B,a\n", "code 'a' is its own ancestor through parent_id --> FILE:2"),
    ])
    func errors(text: String, message: String) throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("bad.csv", text)
        do {
            _ = try CodebookCSVReader.read(path: path)
            Issue.record("expected an error")
        } catch {
            #expect(error.headline == "error: " + message.replacingOccurrences(of: "FILE", with: FilePaths.display(path)))
        }
    }
}
