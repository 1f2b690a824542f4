using CustomerAtlas.Server.Api.Contracts;
using CustomerAtlas.Server.Catalog;
using CustomerAtlas.Server.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CustomerAtlas.Server.Api;

/// <summary><c>/customers</c>: a fitted customer's segment, confidence and distance.</summary>
internal static class CustomersEndpoints
{
    public static void MapCustomers(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/customers").WithTags("Customers").RequireAuthorization(Scopes.Read);
        group.MapGet("/{id}", Get).WithName("GetCustomer").WithSummary("The segment, confidence and distance of one fitted customer.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static Results<Ok<CustomerResponse>, ProblemHttpResult> Get(string id, SegmentCatalog catalog)
    {
        if (catalog.FindCustomer(id) is not { } customer)
        {
            return Problems.NotFound("Customer not found", $"Customer '{id}' is not among the {catalog.CustomerCount} customers of model {catalog.Model.Version}; score new customers with POST /score.");
        }

        return TypedResults.Ok(new CustomerResponse(
            customer.CustomerId,
            customer.SegmentId,
            SegmentNames.Of(catalog, customer.SegmentId),
            customer.Confidence,
            customer.Distance,
            customer.MapX,
            customer.MapY));
    }
}
