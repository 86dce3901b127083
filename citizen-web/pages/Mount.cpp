#include "Pages.h"

#include "PagesIntern.h"

namespace regie::web::pages {

namespace {

// Every page handler runs with tr() in the session's language.
class TaalRouter : public Router {
public:
    explicit TaalRouter(Router &inner) : inner_(inner) {}
    void add(const QString &method, const QString &pattern, Guard guard, Handler handler) override
    {
        inner_.add(method, pattern, guard, [h = std::move(handler)](Context &ctx) {
            TaalScope taal(ctx.language());
            return h(ctx);
        });
    }

private:
    Router &inner_;
};

} // namespace

void mount(Router &router, PageHooks &hooks)
{
    TaalRouter taal(router);
    mountPubliek(taal);
    mountOverzicht(taal);
    mountOpnemen(taal);
    mountVerzoeken(taal);
    mountMijn(taal);
    mountMeekijken(taal);
    hooks.errorPage = [](Context &ctx, int status) {
        TaalScope scope(ctx.language());
        return foutPagina(ctx, status);
    };
}

} // namespace regie::web::pages
