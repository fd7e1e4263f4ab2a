using System.IO.Hashing;
using System.Text;

namespace GrainMarketing.Profiles;

/// <summary>The shard of every behaviour segment a customer belongs to, from a stable hash of their id.</summary>
public static class SegmentShards
{
    public static int Of(string userId) => (int)(XxHash32.HashToUInt32(Encoding.UTF8.GetBytes(userId)) % BehaviorSegments.Shards);
}
