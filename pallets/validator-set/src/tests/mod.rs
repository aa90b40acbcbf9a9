mod membership;
mod session;
