mod set_params;
