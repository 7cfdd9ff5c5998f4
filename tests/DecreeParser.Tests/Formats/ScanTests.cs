using DecreeParser.Ingest.Pipeline;
using DecreeParser.Model.Decrees;
using DecreeParser.Tests.Support;
using Xunit.Abstractions;

namespace DecreeParser.Tests.Formats;

/// <summary>
/// The seed's scan (rasterised, turned, no text layer) read by OCR. OCR misreads letters, so the
/// text of some fields differs from the golden JSON; the test names every such field in its output.
/// What a researcher relies on must come through: every measure, where it stands, and its typed
/// deadline, financing and totals.
/// </summary>
public class ScanTests(ITestOutputHelper output)
{
    private static readonly Lazy<Decree> Scan = new(() => DecreePipeline.Convert(FixtureFiles.PathOf("P1800000897.scan.pdf"), "P1800000897.scan.pdf"));

    private static IEnumerable<string> Typed(Decree decree) => decree.Measures.Select(m =>
        $"{m.Number} parent={m.Parent} section={m.Section} deadline={m.Deadline.Kind}:{m.Deadline.From}-{m.Deadline.To}/{m.Deadline.Recurrence} "
        + $"required={m.Financing.Required} within={m.Financing.WithinAllocatedFunds} amounts={string.Join(',', m.Financing.Amounts.Select(a => $"{a.Source}:{a.Year}:{a.MillionTenge}"))} "
        + $"responsible={string.Join(',', m.Responsible.Select(p => p.Code ?? p.Text))}");

    [Fact]
    public void The_scan_gives_the_golden_json_but_for_fields_OCR_misread()
    {
        var differences = JsonComparison.Differences(Seed.Decree, Scan.Value);
        output.WriteLine($"{differences.Count} fields differ from the golden JSON:");
        foreach (var difference in differences) output.WriteLine(difference);

        var scan = Scan.Value;
        Assert.Equal((Seed.Decree.Id, Seed.Decree.Number, Seed.Decree.Date, Seed.Decree.Kind), (scan.Id, scan.Number, scan.Date, scan.Kind));
        Assert.Equal(Seed.Decree.Sections.Select(s => s.Numeral), scan.Sections.Select(s => s.Numeral));
        Assert.Equal(Seed.Decree.Measures.Select(m => m.Number), scan.Measures.Select(m => m.Number));
        Assert.Equal(Seed.Decree.Totals.Select(t => (t.Matches, t.Amounts.Sum(a => a.MillionTenge))), scan.Totals.Select(t => (t.Matches, t.Amounts.Sum(a => a.MillionTenge))));

        var typedDifferences = Typed(Seed.Decree).Zip(Typed(scan)).Where(pair => pair.First != pair.Second).ToList();
        output.WriteLine($"{typedDifferences.Count} of {scan.Measures.Count} measures differ in a typed value:");
        foreach (var (golden, read) in typedDifferences) output.WriteLine($"  golden {golden}\n  scan   {read}");
        Assert.True(typedDifferences.Count <= 2, $"{typedDifferences.Count} measures differ in a typed value");
    }

    [Fact]
    public void A_missing_ocr_tool_is_named_with_how_to_install_it()
    {
        var error = Assert.Throws<Ingest.Reading.Pdf.Ocr.ToolException>(() =>
            Ingest.Reading.Pdf.Ocr.ExternalTool.Run("tesseract-not-installed-here", [], Ingest.Reading.Pdf.Ocr.ScannedPages.TesseractHint, TimeSpan.FromSeconds(5), CancellationToken.None));
        Assert.Equal("tesseract-not-installed-here is not installed (apt-get install tesseract-ocr tesseract-ocr-kaz tesseract-ocr-rus tesseract-ocr-osd)", error.Message);
    }

    [Fact]
    public void An_abandoned_conversion_kills_the_tool_it_waits_on()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        Assert.ThrowsAny<OperationCanceledException>(() =>
            Ingest.Reading.Pdf.Ocr.ExternalTool.Run("sleep", ["30"], "coreutils", TimeSpan.FromMinutes(1), cancel.Token));
    }
}
