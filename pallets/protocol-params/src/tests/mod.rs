mod migrations;
mod set_params;
