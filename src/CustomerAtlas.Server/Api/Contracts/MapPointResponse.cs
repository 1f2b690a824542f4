namespace CustomerAtlas.Server.Api.Contracts;

/// <summary>One customer on the 2-D map.</summary>
/// <param name="CustomerId">The customer's id.</param>
/// <param name="SegmentId">Assigned segment.</param>
/// <param name="X">First map coordinate.</param>
/// <param name="Y">Second map coordinate.</param>
public sealed record MapPointResponse(string CustomerId, int SegmentId, double X, double Y);
