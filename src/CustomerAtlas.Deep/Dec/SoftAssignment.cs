using static TorchSharp.torch;

namespace CustomerAtlas.Deep.Dec;

/// <summary>The two distributions at the heart of DEC (Xie, Girshick &amp; Farhadi 2016).</summary>
internal static class SoftAssignment
{
    /// <summary>
    /// Student-t soft assignment <c>q_ij ∝ (1 + ‖z_i − μ_j‖² / α)^(−(α+1)/2)</c>, rows summing to 1.
    /// </summary>
    public static Tensor StudentT(Tensor codes, Tensor centroids, double alpha)
    {
        var squared = (codes.unsqueeze(1) - centroids.unsqueeze(0)).pow(2).sum(2);
        var kernel = (1 + (squared / alpha)).pow(-(alpha + 1) / 2);
        return kernel / kernel.sum(1, keepdim: true);
    }

    /// <summary>
    /// The sharpened target <c>p_ij = (q_ij² / f_j) / Σ_j' (q_ij'² / f_j')</c> with cluster
    /// frequencies <c>f_j = Σ_i q_ij</c>: it puts more weight on confident assignments and
    /// divides by cluster size so large clusters do not swallow the rest.
    /// </summary>
    public static Tensor Target(Tensor q)
    {
        var weight = q.pow(2) / q.sum(0, keepdim: true);
        return weight / weight.sum(1, keepdim: true);
    }
}
