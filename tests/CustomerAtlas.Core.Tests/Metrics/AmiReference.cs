namespace CustomerAtlas.Core.Tests.Metrics;

/// <summary>
/// Values printed by scikit-learn 1.2.1 (Debian python3-sklearn):
/// <c>adjusted_mutual_info_score([0,0,0,1,1,1], [0,0,1,1,2,2])</c> and the uneven case below.
/// </summary>
internal static class AmiReference
{
    public const double RunningExample = 0.2987924581708899;

    public const double Uneven = 0.16995485689205117;

    public static readonly int[] UnevenTrue = [0, 0, 0, 0, 1, 1, 1, 2, 2, 2, 2, 2, 3];

    public static readonly int[] UnevenPred = [1, 1, 0, 0, 0, 2, 2, 2, 2, 3, 3, 1, 1];
}
