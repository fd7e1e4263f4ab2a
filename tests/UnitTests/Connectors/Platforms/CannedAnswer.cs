using System.Net;
using GrainMarketing.Connectors.Platforms;

namespace GrainMarketing.UnitTests.Connectors.Platforms;

/// <summary>A platform's answer as a classifier receives it, built from a status, a body and the headers that have a value.</summary>
public static class CannedAnswer
{
    public static PlatformAnswer Of(HttpStatusCode status, string body, params (string Name, string? Value)[] headers)
    {
        var response = new HttpResponseMessage(status);
        foreach (var (name, value) in headers.Where(h => h.Value is not null))
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return new PlatformAnswer(status, PlatformHttp.Parse(body), response.Headers);
    }
}
