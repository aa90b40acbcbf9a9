mod membership;
mod migrations;
mod session;
