using EntityScreen;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers EntityScreen with a service collection.</summary>
public static class EntityScreeningServiceCollectionExtensions
{
    /// <summary>
    /// Registers a singleton <see cref="ScreeningService"/> that loads the configured lists on first use. A second call
    /// adds configuration but does not register the service twice.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Configures the lists and options.</param>
    /// <returns>The same service collection.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IServiceCollection AddEntityScreening(this IServiceCollection services, Action<EntityScreeningOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions();
        services.Configure(configure);
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<EntityScreeningOptions>>().Value;
            var overlays = new List<AliasOverlay>();
            if (options.UseDefaultOverlay)
            {
                overlays.Add(AliasOverlay.Default);
            }

            overlays.AddRange(options.OverlayPaths.Select(AliasOverlay.Load));
            var ownership = options.OwnershipPaths.Select(OwnershipFile.Load).ToList();
            return new ScreeningService(Screener.Create(ListLoader.Load(options.ListPaths), overlays, ownership, options.Screening, options.Ownership));
        });
        return services;
    }
}
