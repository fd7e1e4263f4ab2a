using System.IO.Hashing;
using System.Text;

namespace GrainMarketing.Offers;

/// <summary>Which of a campaign's targets are held out, by a stable hash of the campaign and customer.</summary>
/// <remarks>
/// Which of a campaign's targets are held out: a stable hash of the (campaign, customer) pair put in one of
/// <see cref="Buckets"/> buckets, held out when the bucket is below the share's cut. The same pair always
/// lands in the same bucket, so a rebuilt list holds out the same customers. The Memory profile hashes with
/// XxHash64 here; the Postgres profile with the server's <c>hashtextextended</c> seeded by
/// <see cref="Seed"/>: each is consistent with itself, and both hold out the share at scale.
/// </remarks>
public static class Holdout
{
    public const int Buckets = 1_000_000;

    /// <summary>The buckets below which a customer is held out: 0.1 holds out buckets 0-99,999.</summary>
    public static int Cut(double share) => (int)Math.Round(Math.Clamp(share, 0, 1) * Buckets);

    public static bool IsHeldOut(string campaign, string userId, double share) => Bucket(campaign, userId) < Cut(share);

    /// <summary>The bucket of the UTF-8 bytes of <c>campaign + "\n" + userId</c>, hashed without allocating (lists of a million are built this way).</summary>
    public static int Bucket(string campaign, string userId)
    {
        var most = Encoding.UTF8.GetMaxByteCount(campaign.Length + 1 + userId.Length);
        Span<byte> bytes = most <= 1024 ? stackalloc byte[most] : new byte[most];
        var written = Encoding.UTF8.GetBytes(campaign, bytes);
        bytes[written++] = (byte)'\n';
        written += Encoding.UTF8.GetBytes(userId, bytes[written..]);
        return (int)(XxHash64.HashToUInt64(bytes[..written]) % Buckets);
    }

    /// <summary>The campaign's seed for <c>hashtextextended(user_id, seed)</c>.</summary>
    public static long Seed(string campaign) => unchecked((long)XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(campaign)));
}
