using System.Text;
using GrainMarketing.Currencies;

namespace GrainMarketing.UnitTests.Currencies;

public sealed class EcbReferenceRatesTests
{
    /// <summary>The shape of eurofxref-hist-90d.xml: newest day first, single-quoted attributes, the ECB's namespaces.</summary>
    private const string Document = """
        <?xml version="1.0" encoding="UTF-8"?>
        <gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
        	<gesmes:subject>Reference rates</gesmes:subject>
        	<gesmes:Sender>
        		<gesmes:name>European Central Bank</gesmes:name>
        	</gesmes:Sender>
        	<Cube>
        		<Cube time='2026-12-04'>
        			<Cube currency='USD' rate='1.0812'/>
        			<Cube currency='JPY' rate='161.48'/>
        			<Cube currency='GBP' rate='0.84638'/>
        		</Cube>
        		<Cube time='2026-12-03'>
        			<Cube currency='USD' rate='1.0790'/>
        			<Cube currency='GBP' rate='0.8450'/>
        		</Cube>
        	</Cube>
        </gesmes:Envelope>
        """;

    [Fact]
    public void EveryDayAndRateIsReadOldestFirst()
    {
        var days = EcbReferenceRates.Parse(Stream(Document));

        Assert.Equal([new DateOnly(2026, 12, 3), new DateOnly(2026, 12, 4)], days.Select(d => d.Date));
        Assert.Equal(1.0812m, days[1].Rates["USD"]);
        Assert.Equal(0.84638m, days[1].Rates["GBP"]);
        Assert.Equal(161.48m, days[1].Rates["JPY"]);
        Assert.Equal(2, days[0].Rates.Count);
    }

    [Theory]
    [InlineData("<html><body>Service unavailable</body></html>")]
    [InlineData("not xml at all")]
    [InlineData("<Envelope><Cube><Cube time='04.12.2026'><Cube currency='USD' rate='1.08'/></Cube></Cube></Envelope>")]
    [InlineData("<Envelope><Cube><Cube time='2026-12-04'><Cube currency='USD' rate='1,08'/></Cube></Cube></Envelope>")]
    public void ADocumentNotInTheEcbFormatIsRefused(string text)
    {
        Assert.Throws<FormatException>(() => EcbReferenceRates.Parse(Stream(text)));
    }

    private static MemoryStream Stream(string text) => new(Encoding.UTF8.GetBytes(text));
}
