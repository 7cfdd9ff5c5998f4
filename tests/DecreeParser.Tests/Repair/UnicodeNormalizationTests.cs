using DecreeParser.Ingest.Repair;
using DecreeParser.Model;

namespace DecreeParser.Tests.Repair;

public class UnicodeNormalizationTests
{
    [Fact]
    public void A_letter_and_its_combining_mark_become_one_letter()
    {
        var log = new RepairLog();
        Assert.Equal("й", new UnicodeNormalization().Apply("и\u0306", new SourceLocation(), log));
        Assert.Single(log.Entries);
    }

    [Fact]
    public void A_broken_character_becomes_U_FFFD_instead_of_stopping_the_repair()
    {
        // In code, not as theory data: test runners cannot carry a lone surrogate in a test's name.
        (string Text, string Repaired)[] cases =
        [
            ("ІІМ\uD800 бұйрығы", "ІІМ\uFFFD бұйрығы"),   // a high surrogate alone
            ("\uDC00ІІМ", "\uFFFDІІМ"),                  // a low one
            ("ІІМ\uFFFE", "ІІМ\uFFFD"),                  // a byte order mark read backwards
            ("\uD835\uDC00 ІІМ", "\uD835\uDC00 ІІМ"),    // a whole pair stays
        ];
        foreach (var (text, repaired) in cases) Assert.Equal(repaired, new UnicodeNormalization().Apply(text, new SourceLocation(), new RepairLog()));
    }
}
