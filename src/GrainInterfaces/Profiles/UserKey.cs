using System.Text.RegularExpressions;

namespace GrainMarketing.Profiles;

/// <summary>Names a user profile grain and its event stream: <c>{tenant}/{userId}</c>.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.UserKey")]
public sealed partial record UserKey(
    [property: Id(0)] string Tenant,
    [property: Id(1)] string UserId)
{
    public const int MaxIdLength = 100;

    public override string ToString() => $"{Tenant}/{UserId}";

    public static UserKey Parse(string key)
    {
        var slash = key.IndexOf('/');
        return slash > 0 && IsValidId(key[(slash + 1)..])
            ? new UserKey(key[..slash], key[(slash + 1)..])
            : throw new FormatException($"'{key}' is not a user key (tenant/userId).");
    }

    /// <summary>1-100 characters of letters, digits and <c>- _ . @ : +</c>: ids as apps and card systems issue them.</summary>
    public static bool IsValidId(string? id) => id is not null && Id().IsMatch(id);

    [GeneratedRegex(@"^[A-Za-z0-9_.@:+\-]{1,100}\z")]
    private static partial Regex Id();
}
