using System.Globalization;
using System.Net;
using System.Text;

namespace GrainMarketing.IntegrationTests.Infrastructure;

/// <summary>
/// A local HTTP server that answers GET /eurofxref-hist-90d.xml with reference rates in the ECB's format, so the
/// run's <see cref="SharedSilo"/> reads them as it would read the ECB's: over real HTTP, parsed by the silo.
/// </summary>
/// <remarks>
/// It serves <see cref="Days"/>: two working days 40 and 39 days before today (UTC), far from the days the currency
/// tests set rates for by hand, so a rate of theirs never comes from here by accident.
/// </remarks>
public sealed class ReferenceRatesServer : IAsyncDisposable
{
    private static readonly Lazy<ReferenceRatesServer> Shared = new(() =>
    {
        var server = new ReferenceRatesServer();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return server;
    });

    private readonly HttpListener _listener = new();
    private readonly Task _serving;
    private int _reads;

    private ReferenceRatesServer()
    {
        Port = FreePort.Next();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _serving = ServeAsync();
    }

    /// <summary>The server the shared silo reads (ExchangeRates:SourceUrl).</summary>
    public static ReferenceRatesServer Instance => Shared.Value;

    public int Port { get; }

    public Uri Url => new($"http://127.0.0.1:{Port}/eurofxref-hist-90d.xml");

    /// <summary>How many times the document was read.</summary>
    public int Reads => Volatile.Read(ref _reads);

    /// <summary>The days served, newest first as the ECB lists them: units of each currency per euro.</summary>
    public static IReadOnlyList<(DateOnly Date, IReadOnlyDictionary<string, decimal> Rates)> Days { get; } =
    [
        (DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-39), new Dictionary<string, decimal> { ["USD"] = 1.0812m, ["GBP"] = 0.84638m, ["JPY"] = 161.48m }),
        (DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-40), new Dictionary<string, decimal> { ["USD"] = 1.0790m, ["GBP"] = 0.8450m, ["JPY"] = 160.95m }),
    ];

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        await Task.WhenAny(_serving);
        _listener.Close();
    }

    private static string Document()
    {
        var text = new StringBuilder("""
            <?xml version="1.0" encoding="UTF-8"?>
            <gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
            	<gesmes:subject>Reference rates</gesmes:subject>
            	<gesmes:Sender><gesmes:name>European Central Bank</gesmes:name></gesmes:Sender>
            	<Cube>

            """);
        foreach (var (date, rates) in Days)
        {
            text.Append(CultureInfo.InvariantCulture, $"\t\t<Cube time='{date:yyyy-MM-dd}'>\n");
            foreach (var (currency, rate) in rates)
            {
                text.Append(CultureInfo.InvariantCulture, $"\t\t\t<Cube currency='{currency}' rate='{rate}'/>\n");
            }

            text.Append("\t\t</Cube>\n");
        }

        return text.Append("\t</Cube>\n</gesmes:Envelope>\n").ToString();
    }

    private async Task ServeAsync()
    {
        var body = Encoding.UTF8.GetBytes(Document());
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            if (context.Request.Url!.AbsolutePath != Url.AbsolutePath)
            {
                context.Response.StatusCode = 404;
                context.Response.Close();
                continue;
            }

            Interlocked.Increment(ref _reads);
            context.Response.ContentType = "text/xml";
            context.Response.ContentLength64 = body.Length;
            await context.Response.OutputStream.WriteAsync(body);
            context.Response.Close();
        }
    }
}
