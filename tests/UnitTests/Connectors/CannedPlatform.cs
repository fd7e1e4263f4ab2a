using System.Collections.Specialized;
using System.Net;
using System.Text;
using System.Web;

namespace GrainMarketing.UnitTests.Connectors;

/// <summary>A platform's answers as captured from tools/FakePlatforms, served to a reporter by a function of the request; keeps every request it saw.</summary>
public sealed class CannedPlatform(Func<HttpRequestMessage, HttpResponseMessage> answer) : HttpMessageHandler
{
    public List<HttpRequestMessage> Requests { get; } = [];

    public static string Captured(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Connectors", "Answers", name));

    public static HttpResponseMessage Json(string body, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

    public static NameValueCollection Query(HttpRequestMessage request) => HttpUtility.ParseQueryString(request.RequestUri!.Query);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Add(request);
        return Task.FromResult(answer(request));
    }
}
