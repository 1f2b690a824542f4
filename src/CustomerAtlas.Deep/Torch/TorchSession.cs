using TorchSharp;

namespace CustomerAtlas.Deep.Torch;

/// <summary>
/// Puts LibTorch into the reproducible state every deep fit starts from: a fixed seed for
/// weight initialisation and dropout, and a fixed intra-op thread count. CPU kernels in
/// LibTorch are deterministic for a given thread count but may sum in a different order with
/// another one, so the thread count is part of what makes a run repeatable (default 1).
/// </summary>
internal static class TorchSession
{
    private static readonly Lock Gate = new();

    /// <summary>The device deep models train on: CUDA when LibTorch sees a GPU, else the CPU.</summary>
    public static torch.Device Device { get; } = torch.cuda.is_available() ? torch.CUDA : torch.CPU;

    /// <summary>Seeds LibTorch and fixes its thread count; returns a lock the caller holds while training.</summary>
    /// <remarks>LibTorch's seed and thread count are process-wide, so two fits must not interleave.</remarks>
    public static Lock.Scope Begin(int seed, int threads)
    {
        var scope = Gate.EnterScope();
        torch.set_num_threads(Math.Max(1, threads));
        torch.manual_seed(seed);
        return scope;
    }
}
