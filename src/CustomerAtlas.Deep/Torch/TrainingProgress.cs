namespace CustomerAtlas.Deep.Torch;

/// <summary>One step of deep training reported to the caller (e.g. a progress bar).</summary>
/// <param name="Stage">"pretrain" (reconstruction), "cluster" (DEC/IDEC) or "vae".</param>
/// <param name="Epoch">1-based epoch just finished.</param>
/// <param name="TotalEpochs">Epochs planned for the stage (the stage may stop earlier).</param>
/// <param name="Loss">Mean loss over the epoch's batches.</param>
public sealed record TrainingProgress(string Stage, int Epoch, int TotalEpochs, double Loss);
