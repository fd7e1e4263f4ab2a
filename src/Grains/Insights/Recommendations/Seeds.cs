using System.IO.Hashing;
using System.Text;

namespace GrainMarketing.Insights.Recommendations;

/// <summary>A seed for a target's impact draws, stable across processes (string hash codes are not), so a run repeats.</summary>
public static class Seeds
{
    public static int Of(string target) => (int)(XxHash32.HashToUInt32(Encoding.UTF8.GetBytes(target)) & int.MaxValue);
}
