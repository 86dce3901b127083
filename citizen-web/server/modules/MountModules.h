#pragma once
// Registers everything regie-server serves: the inwoner pages and the staff API when they
// are part of this build, then the server's own routes. Lives apart from Server so the
// HTTP core (regie_web_server) builds and tests without the pages and API modules.

namespace regie::web {

class Server;

void mountModules(Server &server);

} // namespace regie::web
