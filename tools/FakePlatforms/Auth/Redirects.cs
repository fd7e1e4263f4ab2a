using Microsoft.AspNetCore.WebUtilities;

namespace GrainMarketing.FakePlatforms.Auth;

/// <summary>The auto-consenting authorization endpoints' answer: back to the client's redirect URI.</summary>
public static class Redirects
{
    public static IResult Back(string redirectUri, IEnumerable<KeyValuePair<string, string?>> query) =>
        Results.Redirect(QueryHelpers.AddQueryString(redirectUri, query));

    /// <summary>A consent page would show this to the person; the fake answers 400 with the reason.</summary>
    public static IResult Refuse(string reason) => Results.Text(reason, statusCode: StatusCodes.Status400BadRequest);

    public static bool IsAbsolute(string? uri) => Uri.TryCreate(uri, UriKind.Absolute, out _);
}
